# No input is a usage error (exit 2); --list-kinds lists the readers.
bosett-import --list-kinds
bosett-import
