resource "azurerm_resource_group" "main" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_network_security_group" "jumpbox" {
  name                = "nsg-jumpbox"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name

  security_rule {
    name                       = "allow-https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "allow-ssh"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*" # expect: SRM-AZURE-NETWORK-001
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "windows" {
  name                = "nsg-windows"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_network_security_rule" "rdp" {
  name                        = "allow-rdp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_ranges     = ["80", "3380-3390"]
  source_address_prefix       = "0.0.0.0/0" # expect: SRM-AZURE-NETWORK-001
  destination_address_prefix  = "VirtualNetwork"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.windows.name
}

resource "azurerm_network_security_rule" "admin" {
  name                   = "allow-admin"
  priority               = 110
  direction              = "Inbound"
  access                 = "Allow"
  protocol               = "Tcp"
  source_port_range      = "*"
  destination_port_range = "22"
  source_address_prefixes = [
    "10.0.0.0/8",
    "Internet", # expect: SRM-AZURE-NETWORK-001
  ]
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.windows.name
}

# A comma-separated list in destination_port_range (Azure expects destination_port_ranges).
resource "azurerm_network_security_rule" "comma_list" {
  name                        = "allow-ssh-list"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "21-23, 443"
  source_address_prefix       = "*" # expect: SRM-AZURE-NETWORK-001
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.windows.name
}
