// A note as long as the schema allows (100,000 characters), written the way leads write them:
// headings, lists, task lists, emphasis, links, a table and a quote per 1:1, over two years.

function section(week: number): string {
  return `## 1:1, week ${week}

### Since last time
- Handled **${30 + (week % 20)}** billing tickets; see [the queue](https://support.example.com/queues/${week})
- Shadowed tier 2 on *API* escalations, mostly \`rate_limit\` errors from one customer
- [x] Updated the refund macro
- [ ] Draft the weekend rota with ~~Sam~~ Priya

### Wins
CSAT ${90 + (week % 9)}% this week. Two customers wrote in to say thanks: one about a refund
handled in a single reply, one about the SSO setup that had been stuck for a month.

| Metric | This week | Last week |
| --- | --- | --- |
| CSAT | ${90 + (week % 9)}% | ${89 + (week % 7)}% |
| First reply | 1h ${week % 60}m | 1h 25m |

> "Alex solved it in one reply, after three other tickets went nowhere." (customer)

`;
}

/** The note (just under the limit, so a few typed keys still save) and a caret mid-paragraph. */
export function longNote(limit = 100_000): { text: string; caret: number } {
  const end = '## End of the note\n';
  let text = '';
  for (let week = 1; ; week++) {
    const next = section(week);
    if (text.length + next.length + end.length > limit - 500) break;
    text += next;
  }
  const anchor = 'handled in a single reply';
  const caret = text.indexOf(anchor, Math.floor(text.length / 2)) + anchor.length;
  return { text: text + end, caret };
}
