variable "environment" {
  type    = string
  default = "prod"
}

variable "bastion_ami" {
  type = string
}
