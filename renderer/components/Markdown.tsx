import { Text, Typography } from '@mantine/core';
import {
  Component,
  memo,
  startTransition,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { safeExternalUrl as openableUrl } from '../../shared/domain/external-url';
import { splitMarkdown } from './markdown-blocks';
import './markdown.css';

const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeSanitize];
/** Characters of Markdown rendered per step while a long note first appears. */
const STEP_CHARS = 8_000;

/** A link the note may offer; anything else (credentials, mailto:, #anchors, data:) is text. */
function NoteLink({ href, children }: { href?: string; children?: ReactNode }) {
  const url = openableUrl(href);
  if (url) return <a href={url}>{children}</a>;
  const shown = typeof children === 'string' && children === href;
  return (
    <span>
      {children}
      {href && !shown && !href.startsWith('#') ? ` (${href})` : null}
    </span>
  );
}

/**
 * Images are never loaded (a remote image is a beacon): they show as their description and
 * address, a link when the address may be opened.
 */
function NoteImage({ src, alt }: { src?: string | Blob; alt?: string }) {
  const address = typeof src === 'string' ? src : '';
  const url = openableUrl(address);
  return (
    <span>
      [Image{alt ? `: ${alt}` : ''}]
      {url ? (
        <>
          {' '}
          <a href={url}>{address}</a>
        </>
      ) : address ? (
        ` ${address}`
      ) : null}
    </span>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <NoteLink href={href}>{children}</NoteLink>,
  img: ({ src, alt }) => <NoteImage src={src} alt={alt} />,
};

/** A piece the parser gave up on (too deep for its stack, say) shows as the text it is. */
class PlainOnError extends Component<{ text: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <PlainPiece text={this.props.text} /> : this.props.children;
  }
}

function PlainPiece({ text }: { text: string }) {
  return <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</p>;
}

/**
 * One piece of the note; memoised, so an edit elsewhere does not parse it again. A piece whose
 * turn to be parsed has not come yet (`pending`) shows as its text, so the whole note is there
 * at once and each piece turns into Markdown in a later step.
 */
const Piece = memo(function Piece({
  text,
  plain,
  pending,
}: {
  text: string;
  plain: boolean;
  pending: boolean;
}) {
  return (
    <div className="markdown-piece" data-pending={pending || undefined}>
      {plain || pending ? (
        <PlainPiece text={text} />
      ) : (
        <PlainOnError text={text}>
          <ReactMarkdown
            remarkPlugins={REMARK_PLUGINS}
            rehypePlugins={REHYPE_PLUGINS}
            components={COMPONENTS}
            skipHtml
          >
            {text}
          </ReactMarkdown>
        </PlainOnError>
      )}
    </div>
  );
});

/**
 * Renders the lead's Markdown. Raw HTML is never rendered and the output is sanitised, so a
 * pasted snippet cannot run script; images are never loaded; only plain http(s) links are offered
 * (and the main process opens them in the system browser, never in the app).
 *
 * The note is rendered in pieces (see markdown-blocks.ts): a long note shows whole at once, its
 * first pieces as Markdown and the rest as text that turns into Markdown step by step (each step
 * in a transition that typing interrupts), and an edit parses only the piece it changed.
 */
export const Markdown = memo(function Markdown({ children }: { children: string }) {
  const pieces = useMemo(() => splitMarkdown(children), [children]);
  const [budget, setBudget] = useState(STEP_CHARS);
  let shown = 0;
  for (let chars = 0; shown < pieces.length && (shown === 0 || chars < budget); shown++)
    chars += pieces[shown]!.text.length;

  useEffect(() => {
    if (shown >= pieces.length) return;
    const timer = setTimeout(() => startTransition(() => setBudget((b) => b + STEP_CHARS)));
    return () => clearTimeout(timer);
  }, [shown, pieces.length]);

  return (
    <Typography>
      {pieces.map((piece, index) => (
        <Piece key={piece.key} text={piece.text} plain={piece.plain} pending={index >= shown} />
      ))}
      {shown < pieces.length && (
        <Text c="dimmed" size="sm" role="status">
          Rendering the rest of the preview…
        </Text>
      )}
    </Typography>
  );
});
