// Listes de tâches interactives du guide (voir docs/assets/javascripts/).
