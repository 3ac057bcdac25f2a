"""Contract Desk: a desktop contract register that warns before every notice deadline."""

__version__ = "0.1.0"
APP_NAME = "Contract Desk"
