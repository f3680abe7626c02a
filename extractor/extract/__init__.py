"""Finding figures in read documents."""
