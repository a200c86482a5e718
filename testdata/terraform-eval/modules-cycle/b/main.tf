
module "a" {
  source = "../a"
}
