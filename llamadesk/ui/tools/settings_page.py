"""Settings › Tools: the user's MCP servers. Add one as a command with its arguments
and environment, or paste the mcpServers block other apps use; see each server's
state and the end of its log; restart one that failed; remove one."""

from __future__ import annotations

import shlex
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from llamadesk.errors import LlamaDeskError
from llamadesk.tools.servers import McpServer, ServerListError, servers_from_pasted_json
from llamadesk.ui.errors import report_error
from llamadesk.ui.tools.control import ToolsControl


class ToolsPage(QWidget):
    def __init__(self, control: ToolsControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.servers: list[McpServer] = control.servers()
        self.list = QListWidget()
        self.list.setObjectName("tool_servers")
        self.list.setAccessibleName(self.tr("Tool servers"))
        self.list.setWordWrap(True)  # a long command line: no sideways scroll
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("tool_server_log")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The server's state and the end of its log"))
        self.detail.setMaximumHeight(140)
        add = QPushButton(self.tr("&Add\u2026"))
        paste = QPushButton(self.tr("&Paste JSON\u2026"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.restart = QPushButton(self.tr("Re&start"))
        add.clicked.connect(self.add_server)
        paste.clicked.connect(self.paste_json)
        self.remove.clicked.connect(self.remove_server)
        self.restart.clicked.connect(self.restart_server)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 64)
        self.rounds.setValue(control.settings["tool_rounds"])
        self.rounds.setAccessibleName(self.tr("Most rounds of tool calls in one reply"))
        buttons = QHBoxLayout()
        for button in (add, paste, self.remove, self.restart):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(self.tr("Programs on this computer that give the model tools (MCP "
                               "servers). A conversation uses them when its Tools switch "
                               "is on, and you are asked before each call."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Most rounds of calls in one reply:"), self.rounds)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        self.list.currentRowChanged.connect(self._show_detail)
        control.state_changed.connect(lambda *_: self._refresh())
        self._refresh()

    def result(self) -> dict[str, Any]:
        return {"mcp_servers": [s.to_json() for s in self.servers],
                "tool_rounds": self.rounds.value()}

    def _refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for server in self.servers:
            state, _ = self._state(server.name)
            item = QListWidgetItem(f"{server.name} \u2014 {server.command} "
                                   f"{' '.join(server.args)}  ({self._state_name(state)})")
            self.list.addItem(item)
        if self.servers:
            self.list.setCurrentRow(min(max(row, 0), len(self.servers) - 1))
        self.remove.setEnabled(bool(self.servers))
        self.restart.setEnabled(bool(self.servers))
        self._show_detail(self.list.currentRow())

    def _state_name(self, state: str) -> str:
        return {"starting": self.tr("starting\u2026"), "ready": self.tr("ready"),
                "failed": self.tr("failed")}.get(state, self.tr("not started"))

    def _state(self, name: str) -> tuple[str, str]:
        if not self.control.running:  # not started just to look
            return "stopped", ""
        state, reason = self.control.host.state(name)
        return state.value, reason

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.servers):
            self.detail.clear()
            return
        name = self.servers[row].name
        _, reason = self._state(name)
        log = self.control.host.stderr_tail(name) if self.control.running else ""
        self.detail.setPlainText("\n".join(part for part in (reason, log.strip()) if part))

    def add_server(self) -> None:
        dialog = ServerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.server is None:
            return
        self._merge([dialog.server])

    def paste_json(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._merge(dialog.servers)

    def _merge(self, added: list[McpServer]) -> None:
        names = {s.name for s in added}
        self.servers = [s for s in self.servers if s.name not in names] + added
        self._refresh()
        self.list.setCurrentRow(len(self.servers) - 1)

    def remove_server(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.servers):
            del self.servers[row]
            self._refresh()

    def restart_server(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.servers):
            return
        # Saved first: a server added here runs as shown.
        self.control.settings["mcp_servers"] = [s.to_json() for s in self.servers]
        self.control.apply()
        self.control.host.restart(self.servers[row].name)  # its state arrives by signal


class ServerDialog(QDialog):
    """One server: a name, a command and its arguments (as a shell would split them),
    its environment (NAME=VALUE, one a line) and its time limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a tool server"))
        self.server: McpServer | None = None
        self.name = QLineEdit()
        self.command = QLineEdit()
        self.command.setPlaceholderText("npx -y @modelcontextprotocol/server-filesystem ~/Notes")
        self.env = QPlainTextEdit()
        self.env.setPlaceholderText("API_KEY=\u2026")
        self.env.setMaximumHeight(80)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 3600)
        self.timeout.setValue(60)
        self.timeout.setSuffix(" s")
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Command:"), self.command)
        form.addRow(self.tr("Environment:"), self.env)
        form.addRow(self.tr("Time limit:"), self.timeout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            words = shlex.split(self.command.text())
            env = {}
            for line in self.env.toPlainText().splitlines():
                if line.strip():
                    key, sep, value = line.partition("=")
                    if not sep:
                        raise ValueError(self.tr("Each environment line is NAME=VALUE."))
                    env[key.strip()] = value
            self.server = McpServer.from_json({
                "name": self.name.text().strip(), "command": words[0] if words else "",
                "args": words[1:], "env": env, "timeout_s": self.timeout.value()})
        except (ServerListError, ValueError, LlamaDeskError) as error:
            report_error(self, error)
            return
        super().accept()


class PasteDialog(QDialog):
    """The ``mcpServers`` JSON block other apps use, pasted as it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste tool servers"))
        self.servers: list[McpServer] = []
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText('{"mcpServers": {"name": {"command": "\u2026", '
                                     '"args": ["\u2026"]}}}')
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the \u201cmcpServers\u201d block from another "
                                        "app's configuration:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        try:
            self.servers = servers_from_pasted_json(self.text.toPlainText())
        except ServerListError as error:
            report_error(self, error)
            return
        super().accept()
