variable "admin_password" {
  type      = string
  sensitive = true
}

variable "nic_id" {
  type = string
}

resource "azurerm_windows_virtual_machine" "app" {
  name                      = "vm-app"
  resource_group_name       = "rg-app"
  location                  = "westeurope"
  size                      = "Standard_D4s_v5"
  admin_username            = "azureadmin"
  admin_password            = var.admin_password
  network_interface_ids     = [var.nic_id]
  patch_mode                = "Manual" # expect: SRM-AZURE-VM-004
  automatic_updates_enabled = false    # expect: SRM-AZURE-VM-004

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}

# Legacy resource: automatic upgrades are off unless enabled.
resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  network_interface_ids = [var.nic_id]
  vm_size               = "Standard_D4s_v5"

  storage_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2019-Datacenter"
    version   = "latest"
  }

  storage_os_disk {
    name              = "osdisk-legacy"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureadmin"
    admin_password = var.admin_password
  }

  os_profile_windows_config { # expect: SRM-AZURE-VM-004
    provision_vm_agent = true
  }
}
