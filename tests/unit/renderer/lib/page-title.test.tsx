import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle, windowTitle } from '../../../../renderer/lib/page-title';

afterEach(cleanup);

describe('windowTitle', () => {
  it.each([
    ['Ana Lima', 'Ana Lima — Coachbook'],
    ['Today', 'Today — Coachbook'],
    ['  1:1 with\n Ana  Lima ', '1:1 with Ana Lima — Coachbook'],
    ['', 'Coachbook'],
    [null, 'Coachbook'],
    ['Coachbook', 'Coachbook'],
  ])('%j is %j', (heading, title) => expect(windowTitle(heading)).toBe(title));
});

function Page({ initial }: { initial: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(initial);
  usePageTitle(ref);
  return (
    <>
      <h1 ref={ref}>
        Edit <strong>{name}</strong>
      </h1>
      <button onClick={() => setName('Ana Souza')}>rename</button>
    </>
  );
}

describe('usePageTitle', () => {
  it("names the window after the page's heading, and follows it", () => {
    const view = render(<Page initial="Ana Lima" />);
    expect(document.title).toBe('Edit Ana Lima — Coachbook');
    fireEvent.click(view.getByRole('button'));
    expect(document.title).toBe('Edit Ana Souza — Coachbook');
    view.rerender(<Page initial="Ana Lima" />);
    expect(document.title).toBe('Edit Ana Souza — Coachbook');
  });
});
