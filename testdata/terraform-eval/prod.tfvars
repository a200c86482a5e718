environment = "prod"
public_db   = true
