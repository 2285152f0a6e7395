-- Neovim as a second, independent LSP client of the bundled server (node dist/server.js --stdio).
-- Written for Neovim 0.7 (Debian 12): vim.lsp.start_client + buf_attach_client, no vim.lsp.start.
-- Usage: LSP_SERVER=dist/server.js LSP_FOLDER=<folder of seeds> nvim --headless --clean -c 'luafile nvim-probe.lua'
-- Opens every .txt file of the folder and asks at once, without retrying: hover, definition, references and
-- semantic tokens must answer right after opening (the server waits for its analysis of what was opened), and a
-- conflict diagnostic must be published. Prints what it saw; exits 0 when all of it came back, 1 otherwise.
local server = assert(vim.env.LSP_SERVER, 'set LSP_SERVER')
local folder = vim.fn.fnamemodify(assert(vim.env.LSP_FOLDER, 'set LSP_FOLDER'), ':p'):gsub('/$', '')
local NAME = 'Xi Jinping'
local NAME_FILE = '000_'
local lines_out = {}
local failed = false
local function log(line) table.insert(lines_out, line) end
local function fail(line) log('FAIL: ' .. line); failed = true end
local function finish()
  io.stdout:write(table.concat(lines_out, '\n') .. '\n')
  vim.cmd(failed and 'cq' or 'qa!')
end

local buffers = {}
local name_buffer
for _, file in ipairs(vim.fn.globpath(folder, '*.txt', false, true)) do
  local bufnr = vim.fn.bufadd(file)
  vim.fn.bufload(bufnr)
  table.insert(buffers, bufnr)
  if vim.fn.fnamemodify(file, ':t'):sub(1, #NAME_FILE) == NAME_FILE then name_buffer = bufnr end
end
if not name_buffer then fail('no ' .. NAME_FILE .. '* article in ' .. folder); return finish() end

local initialized = false
local client_id = vim.lsp.start_client({
  name = 'crosscheck',
  cmd = { 'node', server, '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = 'workspace' } },
  on_init = function() initialized = true end,
})
for _, bufnr in ipairs(buffers) do vim.lsp.buf_attach_client(bufnr, client_id) end
if not vim.wait(30000, function() return initialized end, 10) then fail('the server did not answer initialize'); return finish() end
log(string.format('OPENED %d files', #buffers))

-- LSP positions count UTF-16 code units; Lua's string.find counts bytes.
local function position_of(bufnr, text)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      local _, utf16 = vim.str_utfindex(line, col)
      return { line = lnum - 1, character = utf16 }
    end
  end
end

local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(name_buffer, method, params, 10000)
  if not responses then log(method .. ': no answer (' .. tostring(err) .. ')') end
  for _, response in pairs(responses or {}) do
    if response.err then log(method .. ' error: ' .. vim.inspect(response.err)) end
    if response.result then return response.result end
  end
end

local position = assert(position_of(name_buffer, NAME), NAME .. ' not in the ' .. NAME_FILE .. ' article')
local document = { uri = vim.uri_from_bufnr(name_buffer) }
local params = { textDocument = document, position = position }

-- Asked once each, straight after opening: an empty answer is a failure, not a reason to ask again.
local hover = request('textDocument/hover', params)
local hover_text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ''
log('HOVER ' .. hover_text:gsub('%s+', ' '):sub(1, 200))
if not hover_text:find(NAME, 1, true) or not hover_text:lower():find('person', 1, true) then fail('no hover card naming ' .. NAME .. ' as a person') end

local definition = request('textDocument/definition', params)
if definition and definition.uri == nil then definition = definition[1] end
log('DEFINITION ' .. (definition and definition.uri or 'none'))
if not (definition and definition.uri and definition.uri:match('%.txt$')) then fail('no definition') end

local references = request('textDocument/references', vim.tbl_extend('force', params, { context = { includeDeclaration = true } })) or {}
local files = {}
for _, location in ipairs(references) do files[location.uri] = true end
log(string.format('REFERENCES %d in %d files', #references, vim.tbl_count(files)))
if vim.tbl_count(files) < 3 then fail('references in fewer than 3 files') end

local tokens = request('textDocument/semanticTokens/full', { textDocument = document })
local token_count = tokens and tokens.data and #tokens.data / 5 or 0
log(string.format('SEMANTIC TOKENS %d', token_count))
if token_count < 20 then fail('fewer than 20 semantic tokens') end

-- Diagnostics are notifications the server sends when its analysis is done: wait for a conflict between sources.
local function conflict_diagnostics()
  local found = 0
  for _, bufnr in ipairs(buffers) do
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'crosscheck' and d.message:find('says', 1, true) then found = found + 1 end
    end
  end
  return found
end
vim.wait(30000, function() return conflict_diagnostics() > 0 end, 50)
log(string.format('CONFLICT DIAGNOSTICS %d', conflict_diagnostics()))
if conflict_diagnostics() == 0 then fail('no conflict diagnostic published') end

vim.lsp.stop_client(client_id)
finish()
