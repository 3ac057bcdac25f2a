"""The frozen app's entry point (PyInstaller runs this script, not ``-m contract_desk``).

``freeze_support()`` comes first: the importer reads xlsx files in a child process
started with "spawn" (``contract_desk.importers.read.openpyxl_stream``), and a
frozen program starts that child by running itself again with
multiprocessing's arguments; freeze_support runs the child's work there and exits
before the program would start a second window. It does so on every platform in
PyInstaller's bootloader-aware runtime hook, not only on Windows.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    import contract_desk.__main__

    sys.exit(contract_desk.__main__.main())
