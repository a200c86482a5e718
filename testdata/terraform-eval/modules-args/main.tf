# Module arguments: literal, from a tfvars value, and defaults inside the module.
module "data" {
  source  = "./modules/volume"
  name    = "data"
  encrypt = false
}

module "logs" {
  source  = "./modules/volume"
  name    = "logs"
  encrypt = var.logs_encrypted
}

module "assets" {
  source = "./modules/bucket"
}

module "safe" {
  source  = "./modules/volume"
  name    = "safe"
  encrypt = true
}

module "unknown" {
  source  = "./modules/volume"
  name    = "unknown"
  encrypt = var.not_set
}
