"""Reading existing spreadsheet registers into the register. No Qt."""
