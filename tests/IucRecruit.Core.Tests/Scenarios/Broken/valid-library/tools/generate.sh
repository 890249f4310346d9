# Audio tools live beside scenarios; a folder without YAML is not part of the library.
