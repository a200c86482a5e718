variable "notify_admins" {
  type    = bool
  default = true
}

resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  phone               = "+44 20 7946 0000"
  alert_notifications = true
  alerts_to_admins    = var.notify_admins
}
