/**
 * lsp/: `skillc lsp`, the language server: the lint pipeline on open buffers, code actions, hover and completion.
 * May import: `lint/`, `model/`, `rules/`, `agents/`, `schema/`, `parse/`, `errors.ts`.
 */
export { startServer, DEFAULT_DEBOUNCE_MS } from "./server.js";
