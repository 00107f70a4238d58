""""Think" by the composer: a thinking model's switch, per conversation.

Shown only for a model whose chat template has a switch (engine/reasoning.py):
on/off for enable_thinking (Qwen3, Granite), an effort for reasoning_effort
(gpt-oss). "Automatic" leaves the template's own default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from llamadesk.engine.reasoning import Toggle


class ThinkToggle(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("think_toggle")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Thinking"))
        self.setToolTip(self.tr("How much this model thinks before it answers, in this "
                                "conversation"))
        self.setMenu(QMenu(self))
        self.kind = Toggle.NONE
        self.value: str | None = None
        self.on_change: Callable[[str | None], None] = lambda _: None
        self.hide()

    def set_kind(self, kind: Toggle) -> None:
        """The loaded model's switch; NONE hides the button."""
        self.kind = kind
        self.setVisible(kind is not Toggle.NONE)
        self._rebuild()

    def set_value(self, value: str | None) -> None:
        self.value = value
        self._rebuild()

    def _choices(self) -> list[tuple[str | None, str]]:
        automatic = (None, self.tr("Automatic"))
        if self.kind is Toggle.ENABLE_THINKING:
            return [automatic, ("on", self.tr("On")), ("off", self.tr("Off"))]
        if self.kind is Toggle.REASONING_EFFORT:
            return [automatic, ("low", self.tr("Low")), ("medium", self.tr("Medium")),
                    ("high", self.tr("High"))]
        return [automatic]

    def _rebuild(self) -> None:
        menu = self.menu()
        menu.clear()
        group = QActionGroup(menu)
        shown = self.tr("Automatic")
        for value, name in self._choices():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(value == self.value)
            action.setData(value)
            action.triggered.connect(lambda _=False, v=value: self._choose(v))
            group.addAction(action)
            menu.addAction(action)
            if value == self.value:
                shown = name
        self.setText(self.tr("Think: %1").replace("%1", shown))

    def _choose(self, value: str | None) -> None:
        self.set_value(value)
        self.on_change(value)
