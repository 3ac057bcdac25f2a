"""Every stored uid is a random UUID (version 4), written as uuid4 writes it."""

from __future__ import annotations

import re
import uuid

from contract_desk.models import new_uid

CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_new_uids_are_canonical_random_uuids_and_never_repeat() -> None:
    made = [new_uid() for _ in range(20_000)]
    assert len(set(made)) == len(made)
    for uid in made[:2_000]:
        parsed = uuid.UUID(uid)
        assert str(parsed) == uid and CANONICAL.fullmatch(uid)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # Every bit outside the version and variant fields varies.
    ones = [0] * 128
    for uid in made:
        number = uuid.UUID(uid).int
        for bit in range(128):
            ones[bit] += (number >> bit) & 1
    fixed = {bit for bit, count in enumerate(ones) if count in (0, len(made))}
    assert fixed == {62, 63, 76, 77, 78, 79}  # the variant (10) and the version (0100)
