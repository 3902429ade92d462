export function MeetingPage() {
  return null;
}
