module "counted" {
  source  = "./modules/volume"
  count   = 2
  encrypt = count.index == 0
}

module "keyed" {
  source   = "./modules/volume"
  for_each = { a = false, b = true }
  encrypt  = each.value
}

module "none" {
  source  = "./modules/volume"
  count   = 0
  encrypt = false
}
