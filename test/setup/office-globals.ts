// Stand-ins for the globals Office injects, so modules that register custom
// functions or wait for Office.onReady can be imported under jest.
const g = globalThis as unknown as Record<string, unknown>;
if (!g.CustomFunctions) {
  class CfError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  g.CustomFunctions = {
    associate: () => undefined,
    Error: CfError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
}
if (!g.Office) {
  g.Office = {
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({});
    },
    actions: { associate: () => undefined },
  };
}
