"""What the timeline draws, computed without Qt: the time axis, one lane per contract, its bars,
milestones and recurring due dates.

May import ``domain``, ``models``, ``services.register`` and ``services.listing``; never Qt.
"""
