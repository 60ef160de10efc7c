-- Drives Neovim's own LSP client (0.7 and later) against `skillc lsp`, headless: opens a skill,
-- waits for the diagnostics Neovim received, applies the first quick fix skillc offers, waits
-- for the diagnostics to clear, and writes what it saw as JSON to $SKILLC_OUT.
local root, bin, out = os.getenv("SKILLC_ROOT"), os.getenv("SKILLC_BIN"), os.getenv("SKILLC_OUT")
local report = { steps = {} }
local function finish()
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd("qa!")
end
local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/skills/notes/SKILL.md"))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = "skillc",
    cmd = { "node", bin, "lsp", "--stdio" },
    root_dir = root,
    init_options = { debounce = 0 },
  })
  vim.lsp.buf_attach_client(buf, id)
  vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(report.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
  end
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(),
    range = { start = { line = 1, character = 0 }, ["end"] = { line = 1, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(buf, 1) or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 20000) or {}
  report.actions = {}
  local applied = false
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(report.actions, action.title)
      if not applied and action.title:match("^Fix:") then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
        applied = true
      end
    end
  end
  report.applied = applied
  report.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  report.cleared = vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 50)
end)
if not ok then report.error = tostring(err) end
finish()
