"""Settings › Pool: lending this computer to a pool, and pooling others' for loads."""
