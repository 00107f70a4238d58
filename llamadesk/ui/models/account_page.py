"""Models › Hugging Face account: the token (kept in the system keyring only) and a
check of what it opens: Meta's gated Llama 2 repository, or a gated repo that
Discover found."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from llamadesk.ui.background import run_in_background
from llamadesk.ui.errors import report_error, user_message
from llamadesk.ui.models.library import ModelLibrary

# The gated repository whose access the account check reports by default.
OFFICIAL_REPO = "meta-llama/Llama-2-7b-chat-hf"


class AccountPage(QWidget):
    def __init__(self, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_page")
        self.library = library
        # The gated repo that Check asks about: Meta's Llama 2, or one Discover opened.
        self.access_repo = OFFICIAL_REPO
        tokens = self.library.tokens
        intro = QLabel(self.tr("The catalog's models download without an account. A token "
                               "is needed only for gated repositories such as Meta's own; "
                               "it is kept in the system keyring and nowhere else."))
        intro.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setObjectName("token_entry")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("hf_…")
        self.token.setAccessibleName(self.tr("Hugging Face token"))
        save = QPushButton(self.tr("Save"))
        save.setObjectName("token_save")
        save.clicked.connect(self.save_token)
        check = QPushButton(self.tr("Check"))
        check.setObjectName("token_check")
        check.clicked.connect(self.check_token)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("token_clear")
        clear.clicked.connect(self.clear_token)
        self.account_status = QLabel()
        self.account_status.setObjectName("account_status")
        self.account_status.setWordWrap(True)
        self.keyring_warning = QLabel(self.tr(
            "No keyring is available on this computer, so the token cannot be stored "
            "safely. It will be kept for this session only; on Linux, install and unlock "
            "GNOME Keyring or KWallet to keep it."))
        self.keyring_warning.setObjectName("keyring_warning")
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.setVisible(not tokens.keyring_available)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        for button in (save, check, clear):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.keyring_warning)
        layout.addWidget(self.account_status)
        layout.addStretch()

    def show_for(self, repo: str) -> None:
        """The token flow for a gated repo found in Discover: Check asks about it."""
        self.access_repo = repo
        self.account_status.setText(self.tr(
            "%1 is gated. Paste a token from huggingface.co/settings/tokens and press "
            "Check: it says whether the token opens %1.").replace("%1", repo))
        self.token.setFocus()

    def save_token(self) -> None:
        text = self.token.text().strip()
        if not text:
            return
        tokens = self.library.tokens
        try:
            tokens.set(text, session_only=not tokens.keyring_available)
        except Exception as error:  # noqa: BLE001 - shown, never with the token
            report_error(self, error)
            return
        self.token.clear()
        self.account_status.setText(self.tr("Token saved."))

    def clear_token(self) -> None:
        self.library.tokens.clear()
        self.token.clear()
        self.account_status.setText(self.tr("Token removed."))

    def check_token(self) -> None:
        """Who the token belongs to, and whether it opens the gated repository."""
        from llamadesk.models.hub import Access, Hub

        self.save_token()
        token = self.library.tokens.get()
        self.account_status.setText(self.tr("Checking…"))

        def done(result: object) -> None:
            access = getattr(result, "access", None)
            account = getattr(result, "account", None) or ""
            texts = {
                Access.GRANTED: self.tr("Signed in as %1, with access to %2."),
                Access.NO_TOKEN: self.tr("No token: enter one from huggingface.co/settings/"
                                         "tokens."),
                Access.INVALID_TOKEN: self.tr("The Hub does not accept this token. Create a "
                                              "new one at huggingface.co/settings/tokens."),
                Access.NOT_GRANTED: self.tr("Signed in as %1, but without access to %2: "
                                            "request it on the repository's page."),
            }
            text = texts.get(access, str(result)) if isinstance(access, Access) else str(result)
            self.account_status.setText(text.replace("%1", account).replace("%2", repo))

        repo = self.access_repo
        run_in_background(lambda: Hub(token=token).check_access(repo), done,
                          lambda error: self.account_status.setText(user_message(error) or ""))
