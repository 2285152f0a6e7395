-- Neovim as a second, independent LSP client of the bundled server (node dist/server.js --stdio).
-- Written for Neovim 0.7 (Debian 12): vim.lsp.start_client + buf_attach_client, no vim.lsp.start.
-- Usage: LSP_SERVER=dist/server.js LSP_FILE=<seed 000> nvim --headless --clean -c 'luafile nvim-probe.lua'
-- Prints what it saw; exits 0 when the hover card and cross-file references come back, 1 otherwise.
local server = assert(vim.env.LSP_SERVER, 'set LSP_SERVER')
local file = assert(vim.env.LSP_FILE, 'set LSP_FILE')
local NAME = 'Xi Jinping'
local lines_out = {}
local function log(line) table.insert(lines_out, line) end
local function finish(ok)
  io.stdout:write(table.concat(lines_out, '\n') .. '\n')
  vim.cmd(ok and 'qa!' or 'cq')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local folder = vim.fn.fnamemodify(file, ':p:h')
local initialized = false
local client_id = vim.lsp.start_client({
  name = 'crosscheck',
  cmd = { 'node', server, '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = 'workspace' } },
  on_init = function() initialized = true end,
})
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(30000, function() return initialized end, 50) then
  log('FAIL: the server did not answer initialize'); return finish(false)
end

-- LSP positions count UTF-16 code units; Lua's string.find counts bytes.
local function position_of(text)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      local _, utf16 = vim.str_utfindex(line, col)
      return { line = lnum - 1, character = utf16 }
    end
  end
end

local function request(method, params)
  for _, response in pairs(vim.lsp.buf_request_sync(bufnr, method, params, 5000) or {}) do
    if response.err then log(method .. ' error: ' .. vim.inspect(response.err)) end
    if response.result then return response.result end
  end
end

local position = assert(position_of(NAME), NAME .. ' not in ' .. file)
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }

-- The server indexes the folder in the background: ask again until the card names the person.
local hover_text, last_answer
local deadline = vim.loop.now() + 60000
while not hover_text and vim.loop.now() < deadline do
  local hover = request('textDocument/hover', params)
  last_answer = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents))
  if last_answer and last_answer:find(NAME, 1, true) then hover_text = last_answer else vim.wait(200) end
end
if not hover_text then log('FAIL: no hover naming ' .. NAME .. '; last answer: ' .. tostring(last_answer)); return finish(false) end
log('HOVER ' .. hover_text:gsub('%s+', ' '):sub(1, 200))
if not hover_text:lower():find('person', 1, true) then log('FAIL: hover does not say "person"'); return finish(false) end

local references = request('textDocument/references', vim.tbl_extend('force', params, { context = { includeDeclaration = true } })) or {}
local files = {}
for _, location in ipairs(references) do files[location.uri] = true end
log(string.format('REFERENCES %d in %d files', #references, vim.tbl_count(files)))
if vim.tbl_count(files) < 2 then log('FAIL: references in fewer than 2 files'); return finish(false) end

vim.lsp.stop_client(client_id)
finish(true)
