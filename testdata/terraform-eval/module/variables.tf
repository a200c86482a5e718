variable "environment" {
  type    = string
  default = "dev"
}

variable "bucket_acl" {
  type    = string
  default = "private"
}

variable "replicas" {
  type    = number
  default = 2
}

variable "encrypt_volumes" {
  type = bool
}

variable "admin_ports" {
  type    = list(number)
  default = [22, 443]
}

variable "public_db" {
  type    = bool
  default = false
}
