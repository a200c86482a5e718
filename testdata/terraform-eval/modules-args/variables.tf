variable "logs_encrypted" {
  type    = bool
  default = true
}

variable "not_set" {
  type = bool
}
