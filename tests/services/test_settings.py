"""Round Table settings: defaults, validation, persistence and audit."""

import pytest
from sqlalchemy import select

from rtdesk.domain.errors import ValidationError
from rtdesk.services.settings import DEFAULT_LETTERHEAD, SettingsService
from rtdesk.store.models import AuditEntry, Setting


def test_defaults_without_stored_values(context):
    settings = SettingsService(context).get()
    assert settings.letterhead == DEFAULT_LETTERHEAD
    assert settings.quorum_rule().required == 6
    assert settings.document_language == "it"


def test_update_is_stored_and_audited(context, database):
    service = SettingsService(context)
    updated = service.update(quorum_share="2/3", quorum_strictly_more=False, letterhead=["A ", ""])
    assert updated.quorum_rule().required == 8
    assert updated.letterhead == ("A",)
    again = service.get()
    assert again.quorum_share == "2/3" and again.letterhead == ("A",)
    with database.session_factory() as session:
        keys = set(session.scalars(select(Setting.key)))
        entries = session.scalars(select(AuditEntry.summary)).all()
    assert {"quorum_share", "quorum_strictly_more", "letterhead"} <= keys
    assert len(entries) == len(keys)


@pytest.mark.parametrize(
    "changes",
    [
        {"quorum_share": "two thirds"},
        {"quorum_share": "3/2"},
        {"quorum_share": "0"},
        {"quorum_share": "1/0"},
        {"document_language": "fr"},
        {"colour": "blue"},
    ],
)
def test_bad_settings_change_nothing(context, database, changes):
    service = SettingsService(context)
    with pytest.raises(ValidationError):
        service.update(**changes)
    assert service.get() == SettingsService(context).get()
    with database.session_factory() as session:
        assert session.scalars(select(Setting)).all() == []
