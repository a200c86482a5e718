module "platform" {
  source           = "./modules/outer"
  volume_encrypted = false
}
