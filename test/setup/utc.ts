// The Audit writes its times in the host's zone (its label names it): tests run in UTC wherever they run, so
// expected times do not depend on the machine; tests of another zone pass utcOffsetMinutes themselves.
export default function utc(): void {
  process.env.TZ = 'UTC';
}
