/** The CS.* custom functions by id, sorted, written out by hand: the README's table and BANDSCORE. */
export const FUNCTION_IDS = [
  'AOV',
  'BANDSCORE',
  'COMMISSION',
  'CONVERSION',
  'GRADE',
  'MEMOAGENTS',
  'NETSALES',
  'REFUNDRATE',
  'REPLYRATE',
  'SCORE',
  'TIERBONUS',
  'UPT',
  'WEIGHTED',
];
