import {css} from 'lit';

/**
 * Styles for the checks plugin's decorations, for the editor's shadow root. Each severity
 * differs in colour and in line style, so the underline does not rely on colour alone:
 * "must fix" is a thick solid red line, "should fix" a dashed dark orange line and "think
 * about" a dotted blue line. Every colour has at least 4.5:1 contrast on white (the
 * non-text minimum is 3:1). Where findings overlap, the most severe line is drawn. Point findings ("this row has no picture") show as a short
 * underlined gap with the same line.
 *
 * @cssprop --er-issue-error - Colour of "must fix" lines (default NHS red `#d5281b`, 5.1:1).
 * @cssprop --er-issue-warning - Colour of "should fix" lines (default `#ad5700`, 5.1:1).
 * @cssprop --er-issue-info - Colour of "think about" lines (default NHS blue `#005eb8`, 6.4:1).
 */
export const checksDecorationStyles = css`
  .er-issue {
    text-decoration-line: underline;
    text-decoration-skip-ink: none;
    text-underline-offset: 0.22em;
  }
  /* Least severe first: where findings overlap, ProseMirror puts all their classes on
     one span, and the later rule wins, so the most severe line is the one drawn. */
  .er-issue--info {
    --er-issue-color: var(--er-issue-info, #005eb8);
    text-decoration-style: dotted;
    text-decoration-thickness: 2px;
  }
  .er-issue--warning {
    --er-issue-color: var(--er-issue-warning, #ad5700);
    text-decoration-style: dashed;
    text-decoration-thickness: 2px;
  }
  .er-issue--error {
    --er-issue-color: var(--er-issue-error, #d5281b);
    text-decoration-style: solid;
    text-decoration-thickness: 3px;
  }
  .er-issue {
    text-decoration-color: var(--er-issue-color);
  }
  /* A smaller problem inside a must-fix one draws its line below the must-fix line. */
  .er-issue--error .er-issue:not(.er-issue--error) {
    text-underline-offset: 0.5em;
  }
  .er-issue:hover {
    background: #f0f4f5;
  }
  .er-issue--point {
    display: inline-block;
    width: 1.25em;
    height: 1em;
    margin: 0 0.125em;
    vertical-align: text-bottom;
    text-decoration: none;
    border-bottom: 3px solid var(--er-issue-color);
  }
  .er-issue--point.er-issue--info {
    border-bottom-style: dotted;
  }
  .er-issue--point.er-issue--warning {
    border-bottom-style: dashed;
  }
  .er-issue--point.er-issue--error {
    border-bottom-style: solid;
  }
  @media (forced-colors: active) {
    .er-issue {
      text-decoration-color: CanvasText;
    }
    .er-issue--point {
      border-bottom-color: CanvasText;
    }
  }
`;
