logs_encrypted = false
