/**
 * A labelled accuracy set for no-config-editing: sentences placed into a complete integration
 * skill that links the framework protocol.
 *
 * Positives are user-facing sentences that ask the user to edit or open a config file, or to
 * run a command by hand: exactly what the framework promises the user never has to do.
 * Negatives are user-facing sentences that mention config files or describe the agent's own
 * work, or ask the user for something the agent cannot do (sign in, copy a key from a web
 * page), plus agent-facing (unquoted) instructions about config files, which are not shown to
 * the user at all.
 */

/** Where the sentence goes. */
export type Placement =
  /** `Tell the user: "<text>"` in a paragraph (the default). */
  | "tell"
  /** `- Success: "<text>"` in the setup hook's User Communication list. */
  | "success"
  /** `- Failure: <text>` (unquoted: every User Communication item is user-facing). */
  | "failure"
  /** `“<text>”` in a table cell, in curly quotes. */
  | "table"
  /** `<text>` verbatim as agent-facing Markdown (not quoted, not user-facing). */
  | "agent";

export interface ConfigCase {
  id: string;
  text: string;
  note: string;
  where?: Placement;
}

export const POSITIVES: ConfigCase[] = [
  { id: "open-dotfile", text: "Open ~/.claude.json and add the Trello server under mcpServers.", note: "imperative: open a dotfile" },
  { id: "please-edit-opencode", text: "Please edit your opencode.json and add the Trello MCP server.", note: "please + edit a JSON config" },
  { id: "you-need-to-env", text: "You need to add your API key to the .env file in your project.", note: "you need to + .env" },
  { id: "youll-have-to-update", text: "You'll have to update claude_desktop_config.json with the new server entry.", note: "you'll have to + Claude Desktop config" },
  { id: "go-to-terminal-run", text: "Go to your terminal and run npx -y @delorenj/mcp-server-trello.", note: "go to your terminal and run" },
  { id: "paste-into-settings", text: "Paste this into settings.json: the mcpServers block below.", note: "paste into settings.json" },
  { id: "add-following-claude-json", text: "Add the following to ~/.claude.json and save the file.", note: "add the following to a dotfile" },
  { id: "run-backticked-npx", text: "Run `npx -y @delorenj/mcp-server-trello` to start the server.", note: "run a backticked npx command" },
  { id: "execute-powershell", text: "Execute this in PowerShell: setx TRELLO_API_KEY abc123", note: "execute in PowerShell" },
  { id: "type-claude-mcp-add", text: "Type claude mcp add trello -- npx -y @delorenj/mcp-server-trello to finish setup.", note: "type claude mcp add" },
  { id: "now-open-config", text: "Now open your config file and paste the server block.", note: "now + open your config file" },
  { id: "first-npm-install", text: "First, install the server with npm install -g @delorenj/mcp-server-trello.", note: "first + npm install" },
  { id: "please-run-in-terminal", text: "Please run `claude mcp add trello` in your terminal.", note: "please run in your terminal" },
  { id: "to-finish-copy-env", text: "To finish, copy this line into your .env file: TRELLO_TOKEN=your-token", note: "to finish + copy into .env" },
  { id: "open-a-terminal-brew", text: "Open a terminal and type brew install trello-cli.", note: "open a terminal and type" },
  { id: "you-should-set-zshrc", text: "You should set TRELLO_API_KEY in your shell profile (~/.zshrc) before continuing.", note: "you should set in ~/.zshrc" },
  { id: "just-change-mcp-json", text: "Just change the server entry in mcp.json to point at the new path.", note: "just change mcp.json" },
  { id: "modify-yaml-config", text: "Modify the YAML config so the board ID is correct.", note: "modify the config" },
  { id: "could-you-open-settings", text: "Could you open settings.json and add the token there?", note: "polite question: could you open settings.json" },
  { id: "edit-mcp-json-restart", text: "Edit .mcp.json in your project root and restart Claude Code.", note: "edit .mcp.json" },
  { id: "copy-paste-export", text: "Copy and paste `export TRELLO_TOKEN=your-token` into your terminal.", note: "copy and paste an export into the terminal" },
  { id: "please-update-desktop-config", text: "Before we continue, please update the mcpServers section of your Claude Desktop config.", note: "please update the Claude Desktop config" },
  { id: "next-pip-install", text: "Next, run pip install trello-mcp and let me know when it finishes.", note: "next + pip install" },
  { id: "fix-by-adding-env", text: "You can fix this by adding the key to your .env file.", note: "you can fix this by adding to .env" },
  { id: "restart-with-node", text: "Restart the server with `node server.js` after saving.", note: "restart the server with a command" },
  { id: "success-open-dotfile", where: "success", text: "Almost there! Open ~/.config/opencode/opencode.json and add your key.", note: "a Success message asking to open a config" },
  { id: "failure-run-npm", where: "failure", text: "Run `npm install -g @delorenj/mcp-server-trello` and try again.", note: "an unquoted Failure item asking to run a command" },
  { id: "table-curly-claude-mcp", where: "table", text: "Type claude mcp add trello in your terminal now.", note: "curly-quoted table cell asking to type a command" },
];

export const NEGATIVES: ConfigCase[] = [
  { id: "added-to-settings", text: "I've added Trello to your settings.", note: "the agent reports its own work" },
  { id: "setting-up", text: "Setting up connection…", note: "progress message" },
  { id: "config-saved", text: "Your config is saved.", note: "mentions config, asks nothing" },
  { id: "connected-try", text: "Connected! Try 'sync trello'.", note: "suggests a chat phrase, not a command" },
  { id: "ill-update-opencode", text: "I'll update opencode.json for you.", note: "the agent will edit the config" },
  { id: "open-powerups-admin", text: "Open the Power-Ups admin page and create a Power-Up", note: "a web page the user must visit" },
  { id: "paste-key-here", text: "Paste your API key here", note: "paste into the chat" },
  { id: "copy-token-page", text: "Copy the token from the page", note: "copy from a web page" },
  { id: "saved-key-env", text: "I saved your Trello key in the project's .env file.", note: "the agent saved to .env" },
  { id: "done-linked-opencode", text: "Done! Your Trello board is now linked in opencode.json.", note: "reports a config change" },
  { id: "added-claude-json", text: "I added the Trello server to ~/.claude.json and restarted the connection.", note: "the agent edited a dotfile" },
  { id: "settings-file-has-entry", text: "Your settings file already has a Trello entry, so I left it as is.", note: "mentions a settings file" },
  { id: "stored-in-keychain", text: "Trello is connected. I stored the token in your system keychain, not in any config file.", note: "mentions config in passing" },
  { id: "ran-install", text: "I ran the install for you; the server is ready.", note: "the agent ran the install" },
  { id: "open-app-key-browser", text: "Open trello.com/app-key in your browser and copy the API key shown there.", note: "a web page in the browser" },
  { id: "sign-in-allow", text: "Sign in to Trello, then click Allow to grant access.", note: "OAuth consent, only the user can do it" },
  { id: "updating-configuration", text: "Updating your configuration…", note: "progress message" },
  { id: "changes-take-effect", text: "Changes to your config take effect right away.", note: "statement about config" },
  { id: "want-github-too", text: "Want me to add GitHub too? Just say 'connect github'.", note: "offer to do more" },
  { id: "key-in-env-gitignored", text: "Your API key is stored in .env, which git ignores.", note: "mentions .env and git" },
  { id: "couldnt-write-opencode", text: "I couldn't write to opencode.json, so I kept your key in memory for this session.", note: "failure report about a config file" },
  { id: "enter-api-key", text: "Enter your Trello API key:", note: "prompt for a value in the chat" },
  { id: "create-powerup-paste", text: "Create a Power-Up at trello.com/power-ups/admin, then paste the key here.", note: "web page, then paste into the chat" },
  { id: "backed-up-settings", text: "Your settings were backed up to opencode.json.bak before I changed anything.", note: "reports a backup" },
  { id: "setup-finished-configured", text: "Setup finished: I configured the server and verified the connection.", note: "reports completed setup" },
  { id: "next-time-you-open", text: "Next time you open Claude, Trello will already be there.", note: "opening the app is not editing a config" },
  { id: "ill-run-setup", text: "I'll run the setup command for you now.", note: "the agent will run the command" },
  { id: "success-connected", where: "success", text: "Connected to Trello. I added the server to your config, nothing else to do.", note: "a Success message about the agent's edit" },
  { id: "failure-retry", where: "failure", text: "I couldn't reach Trello, so I'll retry in a minute; your settings are unchanged.", note: "a Failure item that mentions settings" },
  { id: "table-curly-saved", where: "table", text: "Saved your token to the .env file and reloaded the server.", note: "curly-quoted table cell reporting the agent's edit" },
  // Agent-facing instructions: not quoted, not User Communication, so not shown to the user.
  { id: "agent-edit-dotfile", where: "agent", text: "Edit `~/.claude.json` to add the server entry, then tell the user it is done.", note: "agent step in prose" },
  { id: "agent-ordered-steps", where: "agent", text: "1. Open opencode.json and add the `mcp.trello` block.\n2. Run `npx -y @delorenj/mcp-server-trello` to verify the server starts.", note: "agent steps in a list" },
  { id: "agent-terminal", where: "agent", text: "Run `claude mcp add trello` in the terminal yourself; never ask the user to.", note: "agent runs the command" },
  { id: "agent-table", where: "agent", text: "| Step | Action |\n|---|---|\n| 1 | Add the key to .env |\n| 2 | Run npm install in your terminal |", note: "agent steps in a table, unquoted" },
  { id: "agent-code-block", where: "agent", text: "```sh\nnpx -y @delorenj/mcp-server-trello\n```\n\nPaste the server block into settings.json yourself before telling the user anything.", note: "a command block and an agent instruction" },
];
