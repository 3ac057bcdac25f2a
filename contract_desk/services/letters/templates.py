"""The notice-letter templates: one shipped per language, and a register's own copy of any.

A register's own template is a Word document kept in a register setting
(``letters.template.<language>``, its bytes in base64 inside the JSON value), so
it travels with the register and works alike on SQLite and PostgreSQL, with no
schema change. "Use the default again" deletes the setting. Both changes are
written to the audit trail.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import zipfile
from importlib import resources

from sqlalchemy.orm import Session

from contract_desk.i18n import _
from contract_desk.models import RegisterSetting
from contract_desk.services.letters.facts import LetterError, check_language
from contract_desk.services.register.audit import record_event
from contract_desk.services.register.settings import put_setting

TEMPLATE_PREFIX = "letters.template."
#: A letter template is a few dozen kilobytes; more than this is not one.
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


def default_template(language: str) -> bytes:
    """The template shipped with Contract Desk for ``language``."""
    check_language(language)
    source = resources.files("contract_desk") / "resources" / "letters" / f"notice_{language}.docx"
    return source.read_bytes()


def register_template(session: Session, language: str) -> bytes | None:
    """The register's own template for ``language``, or None when it uses the default."""
    setting = session.get(RegisterSetting, TEMPLATE_PREFIX + check_language(language))
    if setting is None or not isinstance(setting.value, dict):
        return None
    try:
        return base64.b64decode(str(setting.value.get("docx", "")), validate=True)
    except (binascii.Error, ValueError):
        return None  # damaged: the default serves, and a new upload replaces it


def template_for(session: Session, language: str) -> bytes:
    """The template a letter in ``language`` is written from: the register's own, else ours."""
    return register_template(session, language) or default_template(language)


def check_template(data: bytes) -> None:
    """Refuse anything that is not a Word document of a sensible size."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise LetterError(_("the template is larger than {megabytes} MB; a letter template "
                            "is a small Word document").format(
            megabytes=MAX_TEMPLATE_BYTES // (1024 * 1024)))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            package.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise LetterError(_("the template is not a Word document (.docx)")) from None


def put_register_template(session: Session, language: str, data: bytes, *, user: str,
                          file_name: str = "") -> None:
    """Keep ``data`` (a .docx) as the register's own template for ``language``; audited."""
    check_language(language)
    check_template(data)
    digest = hashlib.sha256(data).hexdigest()
    put_setting(session, TEMPLATE_PREFIX + language, {
        "docx": base64.b64encode(data).decode("ascii"), "file_name": file_name,
        "sha256": digest})
    record_event(session, user=user, entity="setting", entity_uid=TEMPLATE_PREFIX + language,
                 contract_uid=None, action="update",
                 changes={"template": [None, file_name or digest]})


def use_default_template(session: Session, language: str, *, user: str) -> bool:
    """Drop the register's own template for ``language``; False when it had none. Audited."""
    setting = session.get(RegisterSetting, TEMPLATE_PREFIX + check_language(language))
    if setting is None:
        return False
    session.delete(setting)
    session.flush()
    record_event(session, user=user, entity="setting", entity_uid=TEMPLATE_PREFIX + language,
                 contract_uid=None, action="delete", changes={"template": ["own", None]})
    return True
