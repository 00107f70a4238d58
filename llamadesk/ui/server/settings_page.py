"""Settings › API server: on or off, where it listens, its key, who may call it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from llamadesk.settings import Settings
from llamadesk.ui.server.control import ApiServerControl


class ApiServerPage(QWidget):
    def __init__(self, settings: Settings, control: ApiServerControl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.enabled = QCheckBox(self.tr("Let programs on this computer use the model "
                                         "through the OpenAI API"))
        self.enabled.setChecked(settings["api_server"])
        self.host = QComboBox()
        self.host.addItem(self.tr("This computer only (127.0.0.1)"), "127.0.0.1")
        self.host.addItem(self.tr("Every network this computer is on (0.0.0.0)"), "0.0.0.0")
        self.host.setCurrentIndex(max(0, self.host.findData(settings["api_host"])))
        self.warning = QLabel(self.tr("Anyone who can reach this computer over the network "
                                      "and has the key can then use the model."))
        self.warning.setObjectName("api_network_warning")
        self.warning.setWordWrap(True)
        self.host.currentIndexChanged.connect(self._show_warning)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings["api_port"])
        self.key = QLineEdit()
        self.key.setObjectName("api_key")
        self.key.setReadOnly(True)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("api_key_copy")
        copy.clicked.connect(self.copy_key)
        renew = QPushButton(self.tr("New key"))
        renew.setToolTip(self.tr("Programs that have the old key are refused from now on"))
        renew.clicked.connect(self.renew_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(copy)
        key_row.addWidget(renew)
        # Without a keyring the key is made for this run: said, or no program could keep it.
        self.key_note = QLabel(self.tr("There is no keyring on this computer, so this key "
                                       "lasts until LlamaDesk quits. Set LLAMADESK_API_KEY "
                                       "to keep one."))
        self.key_note.setObjectName("api_key_session_only")
        self.key_note.setWordWrap(True)
        self.key_note.hide()
        self.origins = QLineEdit(", ".join(settings["api_cors_origins"]))
        self.origins.setPlaceholderText(self.tr("None: web pages cannot call it"))
        self.origins.setToolTip(self.tr("Web pages allowed to call the API, such as "
                                        "http://localhost:3000, separated by commas"))
        self.keep = QCheckBox(self.tr("Keep API chats in the history (marked as the API's)"))
        self.keep.setChecked(settings["api_keep_history"])
        self.status = QLabel(control.status)
        self.status.setObjectName("api_status")
        self.status.setWordWrap(True)
        control.status_changed.connect(self.status.setText)

        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("Listen on:"), self.host)
        form.addRow(self.warning)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Key:"), key_row)
        form.addRow(self.key_note)
        form.addRow(self.tr("Web pages allowed:"), self.origins)
        form.addRow(self.keep)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(QLabel(self.tr("Requests use the model loaded here, one at a time, after "
                                   "your own messages.")))
        self._show_warning()

    def _show_warning(self) -> None:
        self.warning.setVisible(self.host.currentData() != "127.0.0.1")

    def _load_key(self) -> str:
        if not self.key.text():
            self.key.setText(self.control.keys.get())
            self.key_note.setVisible(self.control.keys.lasts_only_this_run)
        return self.key.text()

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self._load_key())

    def renew_key(self) -> None:
        self.key.setText(self.control.keys.renew())

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Read from the keyring only when the page is seen, and kept hidden.
        self._load_key()

    def result(self) -> dict[str, Any]:
        origins = [o.strip() for o in self.origins.text().split(",") if o.strip()]
        return {"api_server": self.enabled.isChecked(), "api_host": self.host.currentData(),
                "api_port": self.port.value(), "api_cors_origins": origins[:64],
                "api_keep_history": self.keep.isChecked()}
