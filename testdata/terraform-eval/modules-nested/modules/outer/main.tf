variable "volume_encrypted" {
  type = bool
}

module "storage" {
  source    = "../inner"
  encrypted = var.volume_encrypted
}

output "volume_id" {
  value = module.storage.id
}
