# Page detector / rectifier / synthetic capture tests.
