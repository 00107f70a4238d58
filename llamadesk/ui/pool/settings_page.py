"""Settings › Pool: lend this computer to a pool, and spread models over the
computers paired here. Codes go to the keyring only (pool/codes.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from llamadesk.errors import LlamaDeskError
from llamadesk.settings import Settings
from llamadesk.ui.messages import message_of
from llamadesk.ui.pool.lending import PoolLending


class PoolPage(QWidget):
    def __init__(self, settings: Settings, lending: PoolLending, available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lending = lending
        self._removed: set[str] = set()
        layout = QVBoxLayout(self)
        if not available:
            missing = QLabel(self.tr("This build of LlamaDesk's engine has no RPC backend, "
                                     "so it cannot pool computers."))
            missing.setObjectName("pool_unavailable")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        layout.addWidget(self._lend_group(settings))
        layout.addWidget(self._use_group(settings))
        layout.addStretch(1)
        self.setEnabled(available)

    def _lend_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Lend this computer"))
        self.lend = QCheckBox(self.tr("Let computers paired with this one run part of "
                                      "their models here"))
        self.lend.setObjectName("pool_lend")
        self.lend.setChecked(settings["pool_lend"])
        self.host = QComboBox()
        self.host.addItem(self.tr("Every network this computer is on (0.0.0.0)"), "0.0.0.0")
        self.host.addItem(self.tr("This computer only (127.0.0.1)"), "127.0.0.1")
        self.host.setCurrentIndex(max(0, self.host.findData(settings["pool_lend_host"])))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings["pool_lend_port"])
        self.memory = QDoubleSpinBox()
        self.memory.setObjectName("pool_lend_memory")
        self.memory.setRange(0.0, 4096.0)
        self.memory.setDecimals(1)
        self.memory.setSuffix(self.tr(" GB"))
        self.memory.setSpecialValueText(self.tr("All that is free"))
        self.memory.setValue(settings["pool_lend_memory"])
        self.code = QLineEdit()
        self.code.setObjectName("pool_code")
        self.code.setReadOnly(True)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setAccessibleName(self.tr("Pairing code"))
        show = QPushButton(self.tr("Show"))
        show.setObjectName("pool_code_show")
        show.setCheckable(True)
        show.toggled.connect(self._show_code)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self._load_code()))
        renew = QPushButton(self.tr("New code"))
        renew.setToolTip(self.tr("Computers paired with the old code must be paired again"))
        renew.clicked.connect(lambda: self.code.setText(self.lending.new_code()))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        for button in (show, copy, renew):
            code_row.addWidget(button)
        self.code_note = QLabel(self.tr("There is no keyring on this computer, so this code "
                                        "lasts until LlamaDesk quits."))
        self.code_note.setWordWrap(True)
        self.code_note.hide()
        self.status = QLabel(self.lending.status)
        self.status.setObjectName("pool_status")
        self.status.setWordWrap(True)
        self.lending.status_changed.connect(self.status.setText)
        form = QFormLayout(group)
        form.addRow(self.lend)
        form.addRow(self.tr("Listen on:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Memory lent:"), self.memory)
        form.addRow(self.tr("Pairing code:"), code_row)
        form.addRow(self.code_note)
        form.addRow(self.tr("Status:"), self.status)
        return group

    def _use_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Use other computers"))
        self.use = QCheckBox(self.tr("Spread models over these computers when loading"))
        self.use.setObjectName("pool_use")
        self.use.setChecked(settings["pool_use"])
        self.workers = QListWidget()
        self.workers.setObjectName("pool_workers")
        self.workers.setAccessibleName(self.tr("Pool computers"))
        self.workers.addItems(settings["pool_workers"])
        self.workers.setMaximumHeight(110)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("pool_remove")
        remove.clicked.connect(self.remove_selected)
        self.address = QLineEdit()
        self.address.setObjectName("pool_address")
        self.address.setPlaceholderText("192.168.1.20:50052")  # an address: not translated
        self.address.setAccessibleName(self.tr("Address of the computer to add"))
        self.new_code = QLineEdit()
        self.new_code.setObjectName("pool_new_code")
        self.new_code.setPlaceholderText(self.tr("Its pairing code"))
        self.new_code.setAccessibleName(self.tr("Pairing code of the computer to add"))
        self.new_code.setEchoMode(QLineEdit.EchoMode.Password)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("pool_add")
        add.clicked.connect(self.add_worker)
        self.new_code.returnPressed.connect(self.add_worker)
        add_row = QHBoxLayout()
        add_row.addWidget(self.address, 2)
        add_row.addWidget(self.new_code, 2)
        add_row.addWidget(add)
        self.add_error = QLabel()
        self.add_error.setObjectName("pool_add_error")
        self.add_error.setWordWrap(True)
        self.add_error.hide()
        form = QFormLayout(group)
        form.addRow(self.use)
        list_row = QHBoxLayout()
        list_row.addWidget(self.workers, 1)
        list_row.addWidget(remove)
        form.addRow(list_row)
        form.addRow(self.tr("Add:"), add_row)
        form.addRow(self.add_error)
        hint = QLabel(self.tr("On the other computer, turn on Lend this computer (or run "
                              "`llamadesk pool serve`), then enter its address and the "
                              "code it shows. Loading a model pairs with each computer."))
        hint.setWordWrap(True)
        form.addRow(hint)
        return group

    def add_worker(self) -> None:
        """The code goes to the keyring now; the list is kept with OK."""
        from llamadesk.pool.client import split_address

        address = self.address.text().strip()
        try:
            split_address(address)
            self.lending.codes.add(address, self.new_code.text().strip())
        except LlamaDeskError as error:
            self.add_error.setText(message_of(error))
            self.add_error.show()
            return
        self.add_error.hide()
        self._removed.discard(address)
        if not self.workers.findItems(address, Qt.MatchFlag.MatchExactly):
            self.workers.addItem(address)
        self.address.clear()
        self.new_code.clear()

    def remove_selected(self) -> None:
        for item in self.workers.selectedItems():
            self._removed.add(item.text())
            self.workers.takeItem(self.workers.row(item))

    def _load_code(self) -> str:
        if not self.code.text():
            code, kept = self.lending.code()
            self.code.setText(code)
            self.code_note.setVisible(not kept)
        return self.code.text()

    def _show_code(self, shown: bool) -> None:
        self._load_code()
        self.code.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Read from the keyring only when the page is seen, and kept hidden.
        if self.isEnabled():
            self._load_code()

    def result(self) -> dict[str, Any]:
        return {"pool_lend": self.lend.isChecked(), "pool_lend_host": self.host.currentData(),
                "pool_lend_port": self.port.value(),
                "pool_lend_memory": round(self.memory.value(), 1),
                "pool_use": self.use.isChecked(),
                "pool_workers": [self.workers.item(i).text()
                                 for i in range(self.workers.count())]}

    def commit(self) -> None:
        """After the settings are saved: the codes of computers removed are forgotten."""
        for address in self._removed:
            self.lending.codes.remove(address)
