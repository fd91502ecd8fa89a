// The app's code: the package by its name, as an app installs it.
import 'loadwise/define';
