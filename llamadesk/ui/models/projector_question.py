"""Asked once when a model that looks like a vision model is imported without its
projector: choose the mmproj file now, or not (and not be asked again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from llamadesk.models.registry import InstalledModel
from llamadesk.ui.background import run_in_background
from llamadesk.ui.messages import message_of
from llamadesk.ui.models.library import ModelLibrary


def ask_for_projector(parent: QWidget, library: ModelLibrary,
                      model: InstalledModel) -> QMessageBox | None:
    """The question, when it is worth asking (open, non-blocking); None otherwise."""
    from llamadesk.engine.vision import find_projector, might_see

    if model.projector or model.projector_asked \
            or not might_see(model.architecture, f"{model.name} {Path(model.path).name}",
                             model.parameters) \
            or find_projector(Path(model.path)) is not None:
        return None
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("ProjectorQuestion", "Images"),
                      translate("ProjectorQuestion", "%1 looks like a vision model, but its "
                                "projector is not beside it, so it cannot read images. "
                                "Choose the projector now?").replace("%1", model.name),
                      parent=parent)
    box.setObjectName("projector_question")
    box.setInformativeText(translate(
        "ProjectorQuestion", "The projector is an mmproj….gguf file from the same "
        "repository as the model. Not now: LlamaDesk will not ask again; a projector put "
        "beside the model later is found by itself."))
    choose = box.addButton(translate("ProjectorQuestion", "Choose the projector…"),
                           QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("ProjectorQuestion", "Not now"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    copy = model.source != "import-in-place"

    def save(projector: Path | None) -> None:
        def done(saved: InstalledModel) -> None:
            if saved.projector:
                library.changed.emit()
        def failed(error: Exception) -> None:
            QMessageBox.warning(parent, translate("ProjectorQuestion", "Images"),
                                message_of(error))
        run_in_background(lambda: library.manager.set_projector(model.id, projector, copy=copy),
                          done, failed)

    def answered(button: object) -> None:
        if button is later:
            save(None)
        elif button is choose:
            dialog = QFileDialog(parent, translate("ProjectorQuestion", "Choose the projector"))
            dialog.setNameFilters([translate("ProjectorQuestion",
                                             "Projectors (mmproj*.gguf *.gguf)")])
            dialog.fileSelected.connect(lambda path: save(Path(path)))
            dialog.open()
            box.setProperty("file_dialog", dialog)
    box.buttonClicked.connect(answered)
    box.open()
    return box
