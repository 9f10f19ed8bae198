// The game's colours for Python code, shared by the read-only program view and the editor.
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const pythonHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#ff9bd2', fontWeight: 'bold' },
  { tag: [tags.number, tags.bool, tags.null], color: '#ffc83d' },
  { tag: tags.string, color: '#9df2c8' },
  { tag: tags.comment, color: '#8f96b8', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: '#8fd0ff' },
  { tag: tags.operator, color: '#ffb27a' },
  { tag: [tags.definition(tags.variableName), tags.variableName], color: '#f5f3ff' },
]);
