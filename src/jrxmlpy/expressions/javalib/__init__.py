"""Pure-Python re-implementations of the parts of the Java class library that reports use."""
