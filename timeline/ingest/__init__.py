"""Reading articles: publication dates and article files."""
