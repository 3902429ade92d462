export function OpenOccurrence() {
  return null;
}
