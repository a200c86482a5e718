module "scratch_a" {
  source  = "./modules/scratch"
  encrypt = false
}

module "scratch_b" {
  source  = "./modules/scratch"
  encrypt = false
}
