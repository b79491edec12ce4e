"""Quality measurement of newsfacts on the annotated articles in tests/data and seeds/."""
